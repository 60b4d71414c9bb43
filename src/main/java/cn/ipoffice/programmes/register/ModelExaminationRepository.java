package cn.ipoffice.programmes.register;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModelExaminationRepository extends JpaRepository<ModelExamination, Long> {

    List<ModelExamination> findByHolderIdOrderByYearAsc(String holderId);

    Optional<ModelExamination> findByHolderIdAndYear(String holderId, int year);
}
