package cn.ipoffice.programmes.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DesignationRepository extends JpaRepository<Designation, Long> {

    List<Designation> findByHolderIdOrderByTermStartAscIdAsc(String holderId);

    Optional<Designation> findByStepKey(String stepKey);

    /** The titles of the holders {@link HolderRepository#findVisible} returns for the same offices. */
    @Query("select d from Designation d where d.holderId in (select h.id from Holder h where h.province in :provinces"
            + " or h.id in :ids)")
    List<Designation> findVisible(@Param("provinces") Collection<String> provinces, @Param("ids") Collection<String> ids);

    /** The titles of one province's holders among the given titles. */
    @Query("select d from Designation d where d.title in :titles and d.holderId in (select h.id from Holder h"
            + " where h.province = :province) order by d.holderId, d.termStart")
    List<Designation> findOfProvince(@Param("province") String province, @Param("titles") Collection<Title> titles);

    Optional<Designation> findFirstByHolderIdAndTitleAndStatusOrderByTermStartDesc(
            String holderId, Title title, DesignationStatus status);


    /** The titles in one of the statuses closed at or after {@code from} and before {@code to} (see {@link YearLists}). */
    List<Designation> findByStatusInAndUpdatedAtGreaterThanEqualAndUpdatedAtLessThanOrderByHolderIdAscIdAsc(
            Collection<DesignationStatus> statuses, Instant from, Instant to);
}
