package cn.ipoffice.programmes.register;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisqualificationRepository extends JpaRepository<Disqualification, Long> {

    List<Disqualification> findByHolderIdOrderByDecidedOnAscIdAsc(String holderId);

    Optional<Disqualification> findByStepKey(String stepKey);
}
