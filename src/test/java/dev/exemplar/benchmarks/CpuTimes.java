package dev.exemplar.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;

/**
 * CPU time spent by this JVM and by a PostgreSQL server on this machine (its postmaster
 * and every process it forked: backends, those that ended included, once reaped), read
 * from /proc: who of the service and the database spends the cores a benchmark shares.
 * Linux only.
 */
final class CpuTimes {

	/** Linux counts process times in ticks of 1/100 s (USER_HZ). */
	private static final long NANOS_PER_TICK = 10_000_000;

	private final long postmaster;

	/**
	 * @param backend the process id of any backend of the server (SELECT
	 * pg_backend_pid())
	 */
	CpuTimes(long backend) {
		this.postmaster = Long.parseLong(field(backend, 3));
	}

	/**
	 * @return nanoseconds of CPU this JVM has used, all its threads (JIT and GC included)
	 */
	static long jvm() {
		return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/**
	 * @return nanoseconds of CPU the server has used, its ended backends included
	 */
	long postgres() {
		while (true) {
			long reaped = ticks(postmaster, 15) + ticks(postmaster, 16);
			long running = running();
			// A backend reaped meanwhile would be counted twice, or not at all: read
			// again.
			if (reaped == ticks(postmaster, 15) + ticks(postmaster, 16)) {
				return (ticks(postmaster, 13) + ticks(postmaster, 14) + reaped + running) * NANOS_PER_TICK;
			}
		}
	}

	/**
	 * @return ticks of the server's processes still running (or ended, not reaped yet)
	 */
	private long running() {
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			return processes.map(path -> path.getFileName().toString())
				.filter(name -> name.chars().allMatch(Character::isDigit))
				.mapToLong(Long::parseLong)
				.filter(pid -> String.valueOf(postmaster).equals(field(pid, 3)))
				.map(pid -> ticks(pid, 13) + ticks(pid, 14))
				.sum();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static long ticks(long pid, int field) {
		String value = field(pid, field);
		return value == null ? 0 : Long.parseLong(value);
	}

	/**
	 * Field {@code index} of /proc/PID/stat, counted from 0 (the pid; proc(5) counts from
	 * 1); null once the process has ended.
	 */
	private static String field(long pid, int index) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[index - 2];
		}
		catch (IOException e) {
			return null;
		}
	}

}
