package cn.ipoffice.programmes.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BanRepository extends JpaRepository<Ban, Long> {

    List<Ban> findByHolderIdOrderByFirstDayAsc(String holderId);

    Optional<Ban> findByStepKey(String stepKey);

    List<Ban> findByHolderIdInOrderByHolderIdAscFirstDayAscIdAsc(Collection<String> holderIds);

    /** The bans whose first day (the day of the decision, I-6) lies within the days given. */
    List<Ban> findByFirstDayBetweenOrderByHolderIdAscIdAsc(LocalDate from, LocalDate to);
}
