package dev.tandem.viewer;

import org.eclipse.microprofile.graphql.Description;

/** Whether a caller is a person or an integrator client. */
@Description("Whether a caller is a person or an integrator client.")
public enum ActorKind {
    @Description("A person signed in through their organisation's identity provider.")
    PERSON,
    @Description("An integrator client acting for its organisation (client credentials), with no person behind it.")
    INTEGRATOR,
    @Description("Tandem itself, doing work on a timer (an escalation climbing when its tier's response time ran out).")
    SYSTEM
}
