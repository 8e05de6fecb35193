// Hand-written corrections to the magnum.conf facts (applied by conf.mjs and conf-library.mjs; never
// edit schemas/ by hand): what the facts leave out or cannot tell.

/**
 * Attributes the generator output leaves out, checked against the installed Debian Zed packages:
 * a minimum of 0 (dropped as falsy) and case-insensitive choices (the JSON has no ignore_case).
 */
export const MIN_ZERO = ['database.connection_debug', 'oslo_messaging_amqp.connection_retry_backoff', 'oslo_messaging_rabbit.kombu_reconnect_delay'];
export const IGNORE_CASE = ['DEFAULT.log_rotate_interval_type', 'DEFAULT.log_rotation_type', 'keystone_authtoken.memcache_security_strategy'];

/** [oslo_versionedobjects] is in the sample config namespaces of newer releases but not in the Zed output. */
export const EXTRA_GROUPS = {
  oslo_versionedobjects: [{ name: 'fatal_exception_format_errors', type: 'boolean value', default: false }],
};

/**
 * What each keystoneauth plugin needs to authenticate: every inner list is "one of these". auth_url
 * (or endpoint) is what keystoneauth marks required; the identity and secret are what the plugin
 * cannot authenticate without.
 */
export const PLUGIN_REQUIREMENTS = {
  password: [['auth_url'], ['username', 'user_id'], ['password']],
  v3password: [['auth_url'], ['username', 'user_id'], ['password']],
  v2password: [['auth_url'], ['username', 'user_id'], ['password']],
  token: [['auth_url'], ['token']],
  v3token: [['auth_url'], ['token']],
  v3applicationcredential: [['auth_url'], ['application_credential_id', 'application_credential_name'], ['application_credential_secret']],
  admin_token: [['endpoint'], ['token']],
  http_basic: [['endpoint'], ['username'], ['password']],
};

/**
 * Options typed StrOpt whose value the reading code parses as a URL: a value of another shape fails
 * when the service starts or first connects. transport URLs may list several hosts; SQLAlchemy URLs
 * may have no host (sqlite).
 */
export const URL_FORMATS = {
  'DEFAULT.transport_url': 'transport-url',
  'oslo_messaging_notifications.transport_url': 'transport-url',
  'database.connection': 'sqlalchemy-url',
  'database.slave_connection': 'sqlalchemy-url',
  'keystone_authtoken.www_authenticate_uri': 'url',
  'keystone_authtoken.auth_uri': 'url',
  'keystone_authtoken.identity_uri': 'url',
  'cluster.etcd_discovery_service_endpoint_format': 'url',
  'kubernetes.post_install_manifest_url': 'url',
};
export const PLUGIN_URL_OPTIONS = ['auth_url', 'endpoint'];
