package dev.exemplar.databases;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import dev.exemplar.signin.SignedInUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The signed-in user's databases (every path needs a sign-in: SecurityConfiguration). */
@RestController
class DatabaseController {

	private final DatabaseService databases;

	DatabaseController(DatabaseService databases) {
		this.databases = databases;
	}

	/**
	 * The body is optional: a database needs no label. With an Idempotency-Key sent
	 * before, nothing is made: 200 with the database that key made.
	 */
	@PostMapping("/databases")
	ResponseEntity<Database> create(@RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
			@Valid @RequestBody(required = false) NewDatabase body) {
		DatabaseService.Creation creation = databases.create(SignedInUser.id(), body == null ? null : body.label(),
				IdempotencyKey.of(key));
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/databases/{id}")
			.buildAndExpand(creation.database().id())
			.toUri();
		return (creation.made() ? ResponseEntity.created(location) : ResponseEntity.ok().location(location))
			.body(creation.database());
	}

	@GetMapping("/databases")
	List<Database> list() {
		return databases.list(SignedInUser.id());
	}

	@GetMapping("/databases/{id}")
	Database find(@PathVariable UUID id) {
		return databases.find(SignedInUser.id(), id);
	}

	@PostMapping("/databases/{id}/password")
	Database changePassword(@PathVariable UUID id) {
		return databases.changePassword(SignedInUser.id(), id);
	}

	@DeleteMapping("/databases/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		databases.delete(SignedInUser.id(), id);
	}

}
