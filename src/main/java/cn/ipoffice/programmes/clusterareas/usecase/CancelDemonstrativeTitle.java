package cn.ipoffice.programmes.clusterareas.usecase;

import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import org.springframework.stereotype.Service;

/** Still unqualified at the review after rectification (CA-18): the demonstrative title is cancelled, with no ban. */
@Service("cancelDemonstrativeTitleUseCase")
public class CancelDemonstrativeTitle {

    public static final String RULE = "CA-18";

    private final Register register;

    public CancelDemonstrativeTitle(Register register) {
        this.register = register;
    }

    /** @param reason the review's outcome, recorded on the cancelled title */
    public void cancel(String areaId, String reason) {
        register.closeActive(areaId, Title.DEMONSTRATIVE_AREA, DesignationStatus.CANCELLED, RULE, reason);
    }
}
