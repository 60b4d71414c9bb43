package cn.ipoffice.programmes.register;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DesignationRepository extends JpaRepository<Designation, Long> {

    List<Designation> findByHolderIdOrderByTermStartAscIdAsc(String holderId);

    Optional<Designation> findByStepKey(String stepKey);

    Optional<Designation> findFirstByHolderIdAndTitleAndStatusOrderByTermStartDesc(
            String holderId, Title title, DesignationStatus status);
}
