package cn.ipoffice.programmes.casework;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Row locks in {@code case_admission}, taken in the engine's transaction and released at its commit.
 * The row is made if it is missing; a start that makes it at the same moment as another waits for
 * the other's commit (PostgreSQL's {@code on conflict do nothing}, H2's {@code merge}).
 */
@Component
class CaseAdmissionLocks {

    private final JdbcTemplate jdbc;
    private volatile String ensureRow;

    CaseAdmissionLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void lock(String processKey, String holderId) {
        jdbc.update(ensureRow(), processKey, holderId);
        jdbc.queryForList("select holder_id from case_admission where process_key = ? and holder_id = ? for update",
                processKey, holderId);
    }

    private String ensureRow() {
        if (ensureRow == null) {
            String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            ensureRow = "PostgreSQL".equals(database)
                    ? "insert into case_admission (process_key, holder_id) values (?, ?) on conflict do nothing"
                    : "merge into case_admission (process_key, holder_id) key (process_key, holder_id) values (?, ?)";
        }
        return ensureRow;
    }
}
