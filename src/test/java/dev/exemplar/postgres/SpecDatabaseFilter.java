package dev.exemplar.postgres;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves a request from the spec database it names in {@link #HEADER} (see
 * {@link DatabaseRouter}).
 */
final class SpecDatabaseFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Spec-Database";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		DatabaseRouter.use(request.getHeader(HEADER));
		try {
			chain.doFilter(request, response);
		}
		finally {
			DatabaseRouter.use(null);
		}
	}

}
