package dev.exemplar.feed;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import dev.exemplar.system.errors.ConflictException;
import dev.exemplar.system.errors.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
class TweetController {

	static final int MAX_LIMIT = 100;

	private final TweetRepository tweets;

	TweetController(TweetRepository tweets) {
		this.tweets = tweets;
	}

	@PostMapping(path = "/tweets", consumes = "application/json")
	ResponseEntity<Tweet> create(@Valid @RequestBody Tweet tweet) {
		if (!tweets.insert(tweet)) {
			throw new ConflictException(
					"A tweet with id '" + tweet.id() + "' exists already; tweets cannot be replaced.");
		}
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/tweets/{id}")
			.buildAndExpand(tweet.id())
			.toUri();
		return ResponseEntity.created(location).body(tweet);
	}

	@GetMapping("/tweets/{id}")
	Tweet find(@PathVariable String id) {
		return tweets.findById(id).orElseThrow(() -> new NotFoundException("There is no tweet with id '" + id + "'."));
	}

	@GetMapping("/latest")
	List<LatestTweet> latest(@RequestParam(defaultValue = "10") @Min(1) @Max(MAX_LIMIT) int limit) {
		return tweets.latest(limit);
	}

}
