package dev.exemplar.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.concordion.api.AbstractCommand;
import org.concordion.api.CommandCall;
import org.concordion.api.Element;
import org.concordion.api.Evaluator;
import org.concordion.api.Fixture;
import org.concordion.api.Result;
import org.concordion.api.ResultRecorder;

/**
 * A table titled "Given these rows in &lt;table&gt;" (seeds them before the next request) or "Then &lt;table&gt;
 * holds these rows" (checks, after the last request, that the table holds exactly these rows).
 */
final class RowsCommand extends AbstractCommand {

    enum Mode { GIVEN, THEN }

    private final SpecServices services;
    private final SpecSession session;
    private final Mode mode;

    RowsCommand(SpecServices services, SpecSession session, Mode mode) {
        this.services = services;
        this.session = session;
        this.mode = mode;
    }

    @Override
    public void execute(CommandCall call, Evaluator evaluator, ResultRecorder results, Fixture fixture) {
        Element element = call.getElement();
        String table = call.getExpression();
        if (services.database() == null) {
            results.record(Result.IGNORED);
            SpecBlocks.ignored(element, "Not run: this table " + SpecServices.NO_DATABASE + ".");
            return;
        }
        SourceLine where = session.at(SpecBlocks.line(element));
        try {
            RowsTable rows = RowsTable.read(element, where);
            List<List<String>> values = rows.rows().stream()
                    .map(row -> row.stream().map(cell -> session.captures().substitute(cell, where)).toList())
                    .toList();
            String problem = mode == Mode.GIVEN ? seed(table, rows.columns(), values, where) : check(table, rows.columns(), values, where);
            if (problem == null) {
                results.record(Result.SUCCESS);
                SpecBlocks.passed(element);
            }
            else {
                results.record(Result.FAILURE);
                session.problem(where + ": " + problem);
                SpecBlocks.failed(element, "The table " + table + " differs", problem, List.of());
            }
        }
        catch (SpecError e) {
            results.record(Result.EXCEPTION);
            session.problem(e.getMessage());
            SpecBlocks.failed(element, "The spec is malformed", e.getMessage(), List.of());
        }
        catch (RuntimeException e) {
            results.record(Result.EXCEPTION);
            session.problem(where + ": " + e.getMessage());
            SpecBlocks.failed(element, "The database refused the rows", e.getMessage(), List.of());
        }
    }

    private String seed(String table, List<String> columns, List<List<String>> rows, SourceLine where) {
        services.database().insert(table, columns, rows, where);
        return null;
    }

    private String check(String table, List<String> columns, List<List<String>> rows, SourceLine where) {
        StringBuilder problems = new StringBuilder();
        for (List<String> row : rows) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                String cell = row.get(i);
                if (!cell.startsWith("${")) { // placeholders in a cell match any stored value
                    values.put(columns.get(i), cell.isEmpty() ? null : cell);
                }
            }
            if (services.database().count(table, values, where) != 1) {
                problems.append("no single row matches ").append(row).append('\n');
            }
        }
        int total = services.database().count(table, Map.of(), where);
        if (total != rows.size()) {
            problems.append("expected ").append(rows.size()).append(" rows but the table holds ").append(total).append('\n');
        }
        if (problems.isEmpty()) {
            return null;
        }
        problems.append("\n").append(table).append(" holds ").append(columns).append(":\n");
        services.database().rows(table, columns, where).forEach(row -> problems.append("  ").append(row).append('\n'));
        return problems.toString().strip();
    }
}
