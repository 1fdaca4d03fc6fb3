package dev.exemplar.scores;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import dev.exemplar.signin.SignedInUser;
import dev.exemplar.system.errors.ConflictException;
import dev.exemplar.system.errors.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
class ScoreController {

	static final int DEFAULT_PAGE_SIZE = 20;
	static final int MAX_PAGE_SIZE = 100;

	private final ScoreRepository scores;

	ScoreController(ScoreRepository scores) {
		this.scores = scores;
	}

	@GetMapping("/scores")
	ScorePage list(@RequestParam(name = "user_id", required = false) @Positive Long userId,
			@RequestParam(name = "exercise_id", required = false) @Positive Long exerciseId,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) @Min(1) @Max(MAX_PAGE_SIZE) int size) {
		return scores.page(userId, exerciseId, page, size);
	}

	@GetMapping("/scores/{id}")
	Score find(@PathVariable @Positive long id) {
		return scores.findById(id).orElseThrow(() -> notFound(id));
	}

	@PostMapping(path = "/scores", consumes = "application/json")
	ResponseEntity<Score> create(@Valid @RequestBody NewScore score) {
		SignedInUser.mustBe(score.userId());
		Score created = scores.insert(score)
			.orElseThrow(() -> new ConflictException("User " + score.userId() + " already has a score for exercise "
					+ score.exerciseId() + "; change it with PUT /users/" + score.userId() + "/exercises/"
					+ score.exerciseId() + "/score."));
		return ResponseEntity.created(location(created)).body(created);
	}

	@PutMapping(path = "/users/{user_id}/exercises/{exercise_id}/score", consumes = "application/json")
	ResponseEntity<Score> put(@PathVariable("user_id") @Positive long userId,
			@PathVariable("exercise_id") @Positive long exerciseId, @Valid @RequestBody Answer answer) {
		SignedInUser.mustBe(userId);
		ScoreRepository.Written written = scores.put(userId, exerciseId, answer.correct());
		return written.created() ? ResponseEntity.created(location(written.score())).body(written.score())
				: ResponseEntity.ok(written.score());
	}

	@DeleteMapping("/scores/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable @Positive long id) {
		SignedInUser.mustBe(scores.findById(id).orElseThrow(() -> notFound(id)).userId());
		if (!scores.delete(id)) {
			throw notFound(id);
		}
	}

	@GetMapping("/users/{user_id}/summary")
	Summary summary(@PathVariable("user_id") @Positive long userId) {
		return scores.summary(userId);
	}

	private static URI location(Score score) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/scores/{id}")
			.buildAndExpand(score.id())
			.toUri();
	}

	private static NotFoundException notFound(long id) {
		return new NotFoundException("There is no score with id " + id + ".");
	}

}
