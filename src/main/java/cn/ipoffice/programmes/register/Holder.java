package cn.ipoffice.programmes.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;

/** A city (business key: its 6-digit division code) or a cluster area ({@code <city code>-<slug>}). */
@Entity
@Table(name = "holder")
public class Holder {

    private static final Pattern CITY_ID = Pattern.compile("\\d{6}");
    private static final Pattern AREA_ID = Pattern.compile("\\d{6}-[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    private String id;
    private String name;
    private String province;
    @Enumerated(EnumType.STRING)
    private HolderKind kind;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Holder() {
    }

    public Holder(String id, String name, HolderKind kind, Instant createdAt) {
        this.id = requireValidId(id, kind);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A holder needs a name");
        }
        this.name = name.trim();
        this.kind = kind;
        this.province = id.substring(0, 2);
        this.createdAt = createdAt;
    }

    /** The province of a city or area: the first two digits of its division code. */
    public static String provinceOf(String holderId) {
        return holderId == null || holderId.length() < 2 ? "" : holderId.substring(0, 2);
    }

    static String requireValidId(String id, HolderKind kind) {
        Pattern expected = kind.programme() == Programme.PM ? CITY_ID : AREA_ID;
        if (id == null || !expected.matcher(id).matches()) {
            throw new IllegalArgumentException(kind.programme() == Programme.PM
                    ? "A city's id is its 6-digit division code, got '" + id + "'"
                    : "An area's id is '<city code>-<slug>' (e.g. 320500-sip), got '" + id + "'");
        }
        return id;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getProvince() {
        return province;
    }

    public HolderKind getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
