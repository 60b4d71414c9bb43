package cn.ipoffice.programmes.overdue.usecase;

import cn.ipoffice.programmes.register.EscalationAction;
import cn.ipoffice.programmes.register.EscalationActions;
import cn.ipoffice.programmes.register.NewEscalationAction;
import org.springframework.stereotype.Service;

/**
 * A missed deadline's escalation (docs/rules.md "Time"): what the supervising office did, its remarks and the day it
 * follows the case up on go into the register with who recorded them, in the transaction that completes the
 * escalation task. The form has checked the values (a follow-up day after today and at most 6 months ahead); the
 * diagram waits for the day.
 */
@Service("recordEscalationActionUseCase")
public class RecordEscalationAction {

    private final EscalationActions actions;

    public RecordEscalationAction(EscalationActions actions) {
        this.actions = actions;
    }

    public EscalationAction record(NewEscalationAction action) {
        return actions.record(action);
    }
}
