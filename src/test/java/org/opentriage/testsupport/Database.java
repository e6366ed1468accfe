package org.opentriage.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Looks into the real database, over its own connection, for what a test must see stored. */
public final class Database {

    private Database() {
    }

    public static long count(String sql) {
        try (Connection c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement; returns the rows it changed. */
    public static int execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl());
             Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /** Every value of every row the query returns, as one text, to look for what must not be there. */
    public static String dump(String sql) {
        StringBuilder text = new StringBuilder();
        try (Connection c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    text.append(rs.getString(i)).append('|');
                }
                text.append('\n');
            }
            return text.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long cases() {
        return count("select count(*) from triage_case");
    }
}
