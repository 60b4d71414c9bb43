package cn.ipoffice.programmes.register;

/** Where a yearly call stands (I-14): provinces file until it closes; SIPO decides the batch and publishes one list. */
public enum CallState {
    OPEN, CLOSED, PUBLISHED
}
