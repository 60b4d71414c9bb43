package cn.ipoffice.programmes.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualAssessmentRepository extends JpaRepository<AnnualAssessment, Long> {

    List<AnnualAssessment> findByHolderIdAndMissedOrderByYearAsc(String holderId, boolean missed);

    Optional<AnnualAssessment> findByHolderIdAndYear(String holderId, int year);

    List<AnnualAssessment> findByHolderIdInAndYearOrderByHolderIdAsc(Collection<String> holderIds, int year);

    List<AnnualAssessment> findByHolderIdInOrderByHolderIdAscYearAsc(Collection<String> holderIds);
}
