package cn.ipoffice.programmes.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

    List<AnnualReport> findByHolderIdOrderByYearAsc(String holderId);

    Optional<AnnualReport> findByHolderIdAndRuleIdAndYear(String holderId, String ruleId, int year);

    List<AnnualReport> findByHolderIdInOrderByHolderIdAscYearAscIdAsc(Collection<String> holderIds);
}
