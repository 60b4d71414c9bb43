package cn.ipoffice.programmes.clusterareas.rules;

import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.register.HolderKind;
import java.util.Map;

/**
 * CA-5: applicants are the local governments of hi-tech industrial development zones, economic and
 * technological development zones, foreign trade industrial parks, comprehensive reform pilot areas of
 * the service sector, and IP pilot or demonstration parks.
 */
public final class ClusterApplicantKind {

    public static final String RULE = "CA-5";

    private static final Map<HolderKind, String> ADMITTED = Map.of(
            HolderKind.HI_TECH_ZONE, "a hi-tech industrial development zone",
            HolderKind.ECONOMIC_DEVELOPMENT_ZONE, "an economic and technological development zone",
            HolderKind.FOREIGN_TRADE_PARK, "a foreign trade industrial park",
            HolderKind.SERVICE_SECTOR_REFORM_AREA, "a comprehensive reform pilot area of the service sector",
            HolderKind.IP_PILOT_OR_DEMONSTRATION_PARK, "an IP pilot or demonstration park");

    private ClusterApplicantKind() {
    }

    public static Decision decide(HolderKind kind) {
        String admitted = kind == null ? null : ADMITTED.get(kind);
        return admitted != null
                ? Decision.allow(RULE, "CA-5: the applicant governs " + admitted)
                : Decision.refuse(RULE, "CA-5: " + (kind == null ? "the kind of zone is not given" : "a zone of the kind "
                        + kind.name().toLowerCase().replace('_', ' ') + " may not apply")
                        + "; only hi-tech zones, economic and technological development zones, foreign trade parks,"
                        + " service-sector reform pilot areas and IP pilot or demonstration parks may");
    }
}
