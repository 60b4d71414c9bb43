package cn.ipoffice.programmes.register;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BanRepository extends JpaRepository<Ban, Long> {

    List<Ban> findByHolderIdOrderByFirstDayAsc(String holderId);

    Optional<Ban> findByStepKey(String stepKey);
}
