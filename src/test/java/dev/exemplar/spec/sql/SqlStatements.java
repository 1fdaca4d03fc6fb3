package dev.exemplar.spec.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Runs a SQL block's statements, in order, on a connection of their own (autocommit),
 * closed after them unless the block keeps it: one multi-statement string, as PgJDBC
 * sends it, whose results are walked to the last one.
 */
public final class SqlStatements {

	/**
	 * Long enough for a server under load, short enough that a block at an address nobody
	 * answers ends.
	 */
	private static final String CONNECT_TIMEOUT_SECONDS = "10";

	private static final String STATEMENT_TIMEOUT_SECONDS = "60";

	private SqlStatements() {
	}

	public static SqlOutcome run(DatabaseAddress address, String sql) {
		return run(address, sql, connection -> false);
	}

	/**
	 * As {@link #run(DatabaseAddress, String)}, but the connection stays open when
	 * {@code keep} takes it (it is then the taker's to close).
	 */
	public static SqlOutcome run(DatabaseAddress address, String sql, Predicate<Connection> keep) {
		Properties properties = new Properties();
		address.user().ifPresent(user -> properties.setProperty("user", user));
		address.password().ifPresent(password -> properties.setProperty("password", password));
		properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
		properties.setProperty("loginTimeout", CONNECT_TIMEOUT_SECONDS);
		properties.setProperty("socketTimeout", STATEMENT_TIMEOUT_SECONDS);
		properties.setProperty("ApplicationName", "spec engine");
		Connection connection;
		try {
			connection = DriverManager.getConnection(address.jdbcUrl(), properties);
		}
		catch (SQLException e) {
			return SqlOutcome.refused(message(e));
		}
		try {
			connection.setAutoCommit(true);
			return run(connection, sql);
		}
		catch (SQLException e) {
			return SqlOutcome.failed(message(e));
		}
		finally {
			if (!keep.test(connection)) {
				close(connection);
			}
		}
	}

	/**
	 * Runs the statements on a connection kept open by an earlier block; it stays open.
	 */
	public static SqlOutcome run(Connection connection, String sql) {
		try (Statement statement = connection.createStatement()) {
			List<String> columns = List.of();
			List<List<String>> rows = List.of();
			long updateCount = -1;
			for (boolean isQuery = statement.execute(sql);; isQuery = statement.getMoreResults()) {
				if (isQuery) {
					try (ResultSet results = statement.getResultSet()) {
						columns = columns(results.getMetaData());
						rows = rows(results, columns.size());
					}
					updateCount = -1;
				}
				else {
					long count = statement.getLargeUpdateCount();
					if (count == -1) {
						break;
					}
					columns = List.of();
					rows = List.of();
					updateCount = count;
				}
			}
			return SqlOutcome.ran(columns, rows, updateCount);
		}
		catch (SQLException e) {
			return SqlOutcome.failed(message(e));
		}
	}

	public static void close(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException e) {
			// a session the server ended closes without a word
		}
	}

	private static List<String> columns(ResultSetMetaData meta) throws SQLException {
		List<String> columns = new ArrayList<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			columns.add(meta.getColumnLabel(i));
		}
		return columns;
	}

	private static List<List<String>> rows(ResultSet results, int width) throws SQLException {
		List<List<String>> rows = new ArrayList<>();
		while (results.next()) {
			List<String> row = new ArrayList<>(width);
			for (int i = 1; i <= width; i++) {
				row.add(results.getString(i));
			}
			rows.add(row);
		}
		return rows;
	}

	/**
	 * PostgreSQL's own words, as a spec states them: the message's first line, without
	 * its severity ({@code FATAL: password authentication failed for user "x"} →
	 * {@code password authentication failed for user "x"}).
	 */
	static String message(SQLException e) {
		String message = String.valueOf(e.getMessage()).strip();
		int end = message.indexOf('\n');
		return (end < 0 ? message : message.substring(0, end)).replaceFirst("^(?:ERROR|FATAL|PANIC):\\s*", "").strip();
	}

}
