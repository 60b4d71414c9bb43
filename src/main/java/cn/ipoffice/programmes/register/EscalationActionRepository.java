package cn.ipoffice.programmes.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationActionRepository extends JpaRepository<EscalationAction, Long> {

    Optional<EscalationAction> findByTaskId(String taskId);

    List<EscalationAction> findByIncidentIdInOrderByRecordedAtAscIdAsc(Collection<String> incidentIds);

    List<EscalationAction> findByProcessInstanceIdOrderByRecordedAtAscIdAsc(String processInstanceId);
}
