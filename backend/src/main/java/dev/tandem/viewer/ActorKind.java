package dev.tandem.viewer;

/** Whether a caller is a person or an integrator client. */
public enum ActorKind { PERSON, INTEGRATOR }
