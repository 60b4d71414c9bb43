package cn.ipoffice.programmes.notify;

/** What a notification tells, with the words its subject starts with and its first sentence. */
public enum NoticeKind {
    WORK_ARRIVED("New task", "A task has arrived for your office."),
    SENT_BACK("Sent back", "An application has been sent back to your office for revision."),
    ESCALATED("Escalated", "A deadline has passed without its obligation met: the case is escalated to your office."),
    TITLE_DECIDED("Title decision", "A decision on a title has been recorded in the register.");

    private final String label;
    private final String sentence;

    NoticeKind(String label, String sentence) {
        this.label = label;
        this.sentence = sentence;
    }

    public String label() {
        return label;
    }

    public String sentence() {
        return sentence;
    }
}
