package cn.ipoffice.programmes.security;

import org.camunda.bpm.engine.AuthorizationException;

/** A deletion of a deployment that cases use, refused (REST: 403); nothing was deleted. */
public class DeploymentInUseException extends AuthorizationException {

    public DeploymentInUseException(String message) {
        super(message);
    }
}
