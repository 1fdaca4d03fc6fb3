package dev.exemplar.databases;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets, each hour, the Idempotency-Keys past their window, whoever sent them: a
 * creation forgets only its own key, so the keys of users who make no more databases
 * would stay. Every instance purges; a purge deletes what another has not. A service's
 * database that does not answer is left for the next hour.
 */
@Component
class IdempotencyKeyPurge {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

	private final DatabaseRepository records;

	private final DatabasesProperties properties;

	IdempotencyKeyPurge(DatabaseRepository records, DatabasesProperties properties) {
		this.records = records;
		this.properties = properties;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
	void purge() {
		try {
			int purged = records.purgeKeysOlderThan(properties.idempotencyWindow());
			if (purged > 0) {
				log.info("Purged {} Idempotency-Keys older than {}", purged, properties.idempotencyWindow());
			}
		}
		catch (DataAccessException e) {
			log.warn("Idempotency-Keys not purged ({}); the next hour tries again", e.getMessage());
		}
	}

}
