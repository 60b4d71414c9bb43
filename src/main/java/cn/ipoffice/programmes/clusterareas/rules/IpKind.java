package cn.ipoffice.programmes.clusterareas.rules;

/** The kinds of IP the service agencies of a cluster area are to serve (CA-6(3)). */
public enum IpKind {
    PATENT("patent"),
    TRADEMARK("trademark"),
    COPYRIGHT("copyright"),
    GEOGRAPHICAL_INDICATION("geographical indication"),
    NEW_PLANT_VARIETY("new plant variety");

    private final String label;

    IpKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
