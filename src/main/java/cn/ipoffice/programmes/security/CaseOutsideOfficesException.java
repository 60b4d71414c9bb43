package cn.ipoffice.programmes.security;

import org.camunda.bpm.engine.AuthorizationException;

/** A user tried to open a case for a holder outside its offices (REST: 403); nothing was created. */
public class CaseOutsideOfficesException extends AuthorizationException {

    public CaseOutsideOfficesException(String message) {
        super(message);
    }
}
