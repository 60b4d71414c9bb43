package cn.ipoffice.programmes.register;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecidedFindingRepository extends JpaRepository<DecidedFinding, Long> {

    List<DecidedFinding> findByHolderIdOrderByFirstYearAsc(String holderId);

    Optional<DecidedFinding> findByHolderIdAndRuleIdAndFirstYearAndSecondYear(String holderId, String ruleId,
            int firstYear, int secondYear);
}
