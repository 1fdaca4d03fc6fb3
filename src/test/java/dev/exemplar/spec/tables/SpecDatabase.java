package dev.exemplar.spec.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.reading.SpecError;

/**
 * The service's database as specs see it: emptied before each spec (or one spec's own
 * copy of it, made empty), seeded by "Given" tables, checked by "Then" tables. Values
 * travel as text and PostgreSQL casts them to each column's type, so a spec writes them
 * as a person would.
 */
public final class SpecDatabase {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	private final JdbcClient jdbc;

	/** Present for one spec's own database: its name. */
	private final Optional<String> name;

	/** Made for the spec about to start, so empty already. */
	private final boolean fresh;

	/** Column types by table: the schema does not change while specs run. */
	private final Map<String, Map<String, String>> columnTypesByTable = new HashMap<>();

	/** The service's own database, which every spec shares, one after another. */
	public SpecDatabase(DataSource dataSource) {
		this(dataSource, Optional.empty(), false);
	}

	private SpecDatabase(DataSource dataSource, Optional<String> name, boolean fresh) {
		this.jdbc = JdbcClient.create(dataSource);
		this.name = name;
		this.fresh = fresh;
	}

	/**
	 * A database one spec uses while it runs, no other spec meanwhile.
	 * @param fresh just made, migrated and empty (else a spec before used it)
	 */
	public static SpecDatabase ofOneSpec(String name, DataSource dataSource, boolean fresh) {
		return new SpecDatabase(dataSource, Optional.of(name), fresh);
	}

	/** The name of the spec's own database; none for the shared one. */
	public Optional<String> name() {
		return name;
	}

	/**
	 * Makes the database as a spec starts from: one just made is so already; any other is
	 * emptied.
	 */
	public void startSpec() {
		if (!fresh) {
			empty();
		}
	}

	/**
	 * Every table but Flyway's history is emptied and its identities restarted: a
	 * migrated, empty database.
	 */
	private void empty() {
		List<String> tables = jdbc.sql("""
				SELECT quote_ident(tablename) FROM pg_tables
				WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'""")
			.query(String.class)
			.list();
		if (!tables.isEmpty()) {
			jdbc.sql("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE").update();
		}
	}

	public void insert(String table, List<String> columns, List<List<String>> rows, SourceLine where) {
		Map<String, String> types = columnTypes(table, columns, where);
		String sql = "INSERT INTO " + table + " ("
				+ String.join(", ", columns.stream().map(SpecDatabase::quote).toList()) + ") VALUES ("
				+ String.join(", ", columns.stream().map(c -> "CAST(? AS " + types.get(c) + ")").toList()) + ")";
		for (List<String> row : rows) {
			try {
				jdbc.sql(sql)
					.params(row.stream().map(value -> (Object) (value.isEmpty() ? null : value)).toList())
					.update();
			}
			catch (DataAccessException e) {
				checkTypes(columns, row, types, where);
				throw new SpecError(where, "the database refused the row " + row + ": " + reason(e)
						+ "; change the row, or the rows seeded before it");
			}
		}
		catchUpIdentities(table, columns);
	}

	/**
	 * Rows given with explicit ids leave the table's sequence behind; the service's next
	 * insert must not collide.
	 */
	private void catchUpIdentities(String table, List<String> columns) {
		for (String column : columns) {
			String sequence = jdbc.sql("SELECT pg_get_serial_sequence(?, ?)")
				.params(table, column)
				.query(String.class)
				.list()
				.get(0);
			if (sequence != null) {
				jdbc.sql("SELECT setval(?, (SELECT coalesce(max(" + quote(column) + "), 0) + 1 FROM " + table
						+ "), false)")
					.param(sequence)
					.query(Long.class)
					.single();
			}
		}
	}

	/**
	 * How many rows match every given (non-null) value exactly; a null value asks for SQL
	 * NULL.
	 */
	int count(String table, Map<String, String> values, SourceLine where) {
		Map<String, String> types = columnTypes(table, List.copyOf(values.keySet()), where);
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		checkTypes(List.copyOf(values.keySet()), new ArrayList<>(values.values()), types, where);
		values.forEach((column, value) -> {
			if (value == null) {
				conditions.add(quote(column) + " IS NULL");
			}
			else {
				conditions.add(quote(column) + " = CAST(? AS " + types.get(column) + ")");
				params.add(value);
			}
		});
		return jdbc
			.sql("SELECT count(*) FROM " + table
					+ (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)))
			.params(params)
			.query(Integer.class)
			.single();
	}

	/**
	 * The table's rows in these columns, as text: for showing what was there when a check
	 * failed.
	 */
	public List<List<String>> rows(String table, List<String> columns, SourceLine where) {
		columnTypes(table, columns, where);
		String select = String.join(", ", columns.stream().map(c -> quote(c) + "::text").toList());
		return jdbc.sql("SELECT " + select + " FROM " + table + " ORDER BY 1").query((rs, n) -> {
			List<String> row = new ArrayList<>();
			for (int i = 1; i <= columns.size(); i++) {
				row.add(rs.getString(i));
			}
			return row;
		}).list();
	}

	/**
	 * Names the cell PostgreSQL cannot read as its column's type, rather than the SQL
	 * that failed.
	 */
	private void checkTypes(List<String> columns, List<String> row, Map<String, String> types, SourceLine where) {
		for (int i = 0; i < columns.size(); i++) {
			String value = row.get(i);
			if (value == null || value.isEmpty()) {
				continue;
			}
			String type = types.get(columns.get(i));
			try {
				jdbc.sql("SELECT CAST(? AS " + type + ")::text").param(value).query(String.class).single();
			}
			catch (DataAccessException e) {
				throw new SpecError(where,
						"the cell '" + value + "' of column " + columns.get(i) + " is not a " + type + " (" + reason(e)
								+ "); write a value PostgreSQL reads as " + type
								+ ", or leave the cell empty for NULL");
			}
		}
	}

	/** PostgreSQL's own words, without the SQL around them. */
	private static String reason(DataAccessException e) {
		String message = String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage());
		return message.replaceFirst("^ERROR: ", "").replaceAll("\\s*\\n\\s*", " ").strip();
	}

	private Map<String, String> columnTypes(String table, List<String> columns, SourceLine where) {
		if (!IDENTIFIER.matcher(table).matches()) {
			throw new SpecError(where, "'" + table + "' is not a table name (lower case letters, digits and _)");
		}
		Map<String, String> known = columnTypesByTable.computeIfAbsent(table, this::readColumnTypes);
		if (known.isEmpty()) {
			columnTypesByTable.remove(table);
			throw new SpecError(where, "there is no table '" + table + "'");
		}
		for (String column : columns) {
			if (!known.containsKey(column)) {
				throw new SpecError(where,
						"table '" + table + "' has no column '" + column + "'; it has " + known.keySet());
			}
		}
		return known;
	}

	private Map<String, String> readColumnTypes(String table) {
		Map<String, String> known = new LinkedHashMap<>();
		jdbc.sql(
				"""
						SELECT column_name, format_type(a.atttypid, a.atttypmod)
						FROM information_schema.columns c
						JOIN pg_attribute a ON a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
						                   AND a.attname = c.column_name
						WHERE c.table_schema = current_schema() AND c.table_name = ?""")
			.param(table)
			.query((rs, n) -> known.put(rs.getString(1), rs.getString(2)))
			.list();
		return known;
	}

	private static String quote(String column) {
		return "\"" + column.replace("\"", "\"\"") + "\"";
	}

}
