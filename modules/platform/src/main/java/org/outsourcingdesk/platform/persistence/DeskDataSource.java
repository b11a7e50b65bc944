package org.outsourcingdesk.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The class the container's connection pool ({@code java:app/jdbc/desk}, declared in web.xml) makes
 * its connections with. It picks H2 or PostgreSQL from {@link DatabaseSettings}, so that choosing
 * the database is three environment variables and no server administration. Pooling, JTA enlistment
 * and validation stay the container's.
 */
public class DeskDataSource implements DataSource {

    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource delegate() {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create(DatabaseSettings.from(ConfigProvider.getConfig(DeskDataSource.class.getClassLoader())));
                }
                current = delegate;
            }
        }
        return current;
    }

    static DataSource create(DatabaseSettings settings) {
        return switch (settings.kind()) {
            case H2 -> {
                var h2 = new JdbcDataSource();
                h2.setURL(settings.url());
                h2.setUser(settings.user());
                h2.setPassword(settings.password());
                yield h2;
            }
            case POSTGRESQL -> {
                var pg = new PGSimpleDataSource();
                pg.setURL(settings.url());
                if (!settings.user().isBlank()) {
                    pg.setUser(settings.user());
                }
                if (!settings.password().isBlank()) {
                    pg.setPassword(settings.password());
                }
                pg.setReWriteBatchedInserts(true);
                yield pg;
            }
        };
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
