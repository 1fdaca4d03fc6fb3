package dev.exemplar.databases;

/**
 * A name of the service's prefix on a tenant server, as the start-up sweep sees it: its
 * role and the role's comment (the {@link DeploymentMark}, or none), and its database, if
 * any: whether the role owns it.
 */
record TenantOnServer(String name, boolean hasRole, String mark, boolean hasDatabase, boolean ownedByRole) {
}
