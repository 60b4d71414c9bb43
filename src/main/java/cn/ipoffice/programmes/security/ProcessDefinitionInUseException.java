package cn.ipoffice.programmes.security;

import org.camunda.bpm.engine.AuthorizationException;

/** A deletion of a process definition that cases use, refused (REST: 403); nothing was deleted. */
public class ProcessDefinitionInUseException extends AuthorizationException {

    public ProcessDefinitionInUseException(String message) {
        super(message);
    }
}
