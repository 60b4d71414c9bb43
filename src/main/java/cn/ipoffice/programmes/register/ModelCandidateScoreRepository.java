package cn.ipoffice.programmes.register;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModelCandidateScoreRepository extends JpaRepository<ModelCandidateScore, Long> {

    Optional<ModelCandidateScore> findByHolderIdAndYear(String holderId, int year);

    List<ModelCandidateScore> findByProvinceAndYearOrderByHolderIdAsc(String province, int year);
}
