package cn.ipoffice.programmes.casework;

import org.camunda.bpm.engine.BadUserRequestException;

/** A case that may not be opened, with the reason in words (REST: 400); nothing was created. */
public class CaseRefusedException extends BadUserRequestException {

    public CaseRefusedException(String message) {
        super(message);
    }
}
