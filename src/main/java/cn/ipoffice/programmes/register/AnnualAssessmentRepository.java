package cn.ipoffice.programmes.register;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualAssessmentRepository extends JpaRepository<AnnualAssessment, Long> {

    List<AnnualAssessment> findByHolderIdOrderByYearAsc(String holderId);

    Optional<AnnualAssessment> findByHolderIdAndYear(String holderId, int year);
}
