package cn.ipoffice.programmes.clusterareas.rules;

/**
 * CA-9 and CA-18: an experimental area's construction period and each term of a demonstrative area's title run
 * 3 years.
 */
public final class ClusterAreaTerm {

    public static final int YEARS = 3;

    private ClusterAreaTerm() {
    }
}
