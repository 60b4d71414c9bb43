package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.pilotcities.rules.FosteringRenewal;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** I-3: without a new fostering plan the city leaves the fostering stage; no ban is written. */
@Service("leaveFosteringUseCase")
public class LeaveFostering {

    public static final String RULE = "I-3";

    private final Register register;

    public LeaveFostering(Register register) {
        this.register = register;
    }

    public void leave(String holderId, LocalDate cycleLastDay) {
        register.closeActive(holderId, Title.DEMONSTRATION_FOSTERING, DesignationStatus.ENDED, RULE,
                FosteringRenewal.leavingReason(cycleLastDay));
    }
}
