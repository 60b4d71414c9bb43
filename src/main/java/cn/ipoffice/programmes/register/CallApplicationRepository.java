package cn.ipoffice.programmes.register;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallApplicationRepository extends JpaRepository<CallApplication, Long> {

    Optional<CallApplication> findByApplicationCaseId(String applicationCaseId);

    List<CallApplication> findByProgrammeAndCallIdIsNullAndDecisionIsNullAndFiledAtLessThanOrderByIdAsc(CallProgramme programme,
            Instant filedBy);

    List<CallApplication> findByProgrammeAndCallIdIsNullAndDecisionIsNullOrderByIdAsc(CallProgramme programme);

    List<CallApplication> findByCallIdOrderByIdAsc(Long callId);

    List<CallApplication> findByHolderIdOrderByIdAsc(String holderId);
}
