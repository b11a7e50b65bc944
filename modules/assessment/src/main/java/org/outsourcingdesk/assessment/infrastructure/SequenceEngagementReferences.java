package org.outsourcingdesk.assessment.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Year;
import javax.sql.DataSource;
import org.outsourcingdesk.assessment.application.EngagementReferences;
import org.outsourcingdesk.platform.persistence.DatabaseKind;

/**
 * Numbers engagements from a database sequence: unique across nodes without a lock that every
 * opening would queue on. A rolled-back opening leaves a gap in the numbers; references are labels,
 * not a ledger, so gaps are accepted (ADR 0001).
 */
@ApplicationScoped
public class SequenceEngagementReferences implements EngagementReferences {

    @Resource(lookup = "java:app/jdbc/desk")
    DataSource dataSource;

    private volatile String nextValueSql;

    @Override
    public String next(Year year) {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement(nextValueSql());
             var rows = statement.executeQuery()) {
            rows.next();
            return EngagementReferences.format(year, rows.getLong(1));
        } catch (SQLException e) {
            throw new IllegalStateException("could not allocate an engagement reference", e);
        }
    }

    private String nextValueSql() {
        if (nextValueSql == null) {
            nextValueSql = DatabaseKind.of(dataSource) == DatabaseKind.POSTGRESQL
                    ? "select nextval('engagement_reference_seq')"
                    : "select next value for engagement_reference_seq";
        }
        return nextValueSql;
    }
}
