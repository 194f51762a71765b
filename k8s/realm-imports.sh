#!/usr/bin/env bash
# Renders the KeycloakRealmImport resources for the Keycloak operator from keycloak-realm/*.json, with real URLs and
# secrets, to standard output; nothing rendered is written to disk. Pipe it into kubectl:
#
#   KC_URL=https://id.example.com APP_URL=https://tandem.example.com SECRET_...=... k8s/realm-imports.sh dev | kubectl -n "$NS" apply -f -
#   KC_URL=https://id.example.com APP_URL=https://tandem.example.com k8s/realm-imports.sh prod | kubectl -n "$NS" apply -f -
#
#   dev   the realm `tandem` with the demo partners (Acme, Globex, Initech: their brokered identity providers and
#         integrator clients), and the demo partners' own realms acme-idp, globex-idp and initech-idp. Needs
#         SECRET_TANDEM_WEB, SECRET_{ACME,GLOBEX,INITECH}_INTEGRATOR and SECRET_{ACME,GLOBEX,INITECH}_BROKER.
#   prod  the realm `tandem` without the demo partners; the tandem-web client's secret is not in the output: the
#         operator fills it in inside its import Job from the Secret tandem-secrets (spec.placeholders). Needs jq.
#
# An import only creates a realm; see k8s/README.md ("Importing the realm") for what that means for later changes.
set -euo pipefail
REALMS="$(cd "$(dirname "${BASH_SOURCE[0]}")/../keycloak-realm" && pwd)"
API=k8s.keycloak.org/v2alpha1

need() { for v in "$@"; do [ -n "${!v:-}" ] || { echo "realm-imports.sh: $v is not set" >&2; exit 2; }; done; }

# header NAME [PLACEHOLDERS]: the CR's lines before spec.realm
header() {
  printf -- '---\napiVersion: %s\nkind: KeycloakRealmImport\nmetadata:\n  name: %s\n  labels:\n    app.kubernetes.io/part-of: tandem\nspec:\n  keycloakCRName: keycloak\n' "$API" "$1"
  [ -z "${2:-}" ] || printf '%s\n' "$2"
  printf '  realm:\n'
}

# fill: the placeholders of the realm files, from the environment; the JSON indented under spec.realm (JSON is YAML)
fill() {
  sed -e "s#@KC_URL@#${KC_URL}#g" -e "s#@APP_URL@#${APP_URL:-}#g" \
      -e "s#@SECRET_TANDEM_WEB@#${SECRET_TANDEM_WEB:-}#g" \
      -e "s#@SECRET_ACME_INTEGRATOR@#${SECRET_ACME_INTEGRATOR:-}#g" \
      -e "s#@SECRET_GLOBEX_INTEGRATOR@#${SECRET_GLOBEX_INTEGRATOR:-}#g" \
      -e "s#@SECRET_INITECH_INTEGRATOR@#${SECRET_INITECH_INTEGRATOR:-}#g" \
      -e "s#@SECRET_ACME_BROKER@#${SECRET_ACME_BROKER:-}#g" \
      -e "s#@SECRET_GLOBEX_BROKER@#${SECRET_GLOBEX_BROKER:-}#g" \
      -e "s#@SECRET_INITECH_BROKER@#${SECRET_INITECH_BROKER:-}#g" \
      -e 's/^/    /'
}

case "${1:-}" in
  dev)
    need KC_URL APP_URL SECRET_TANDEM_WEB SECRET_ACME_INTEGRATOR SECRET_GLOBEX_INTEGRATOR SECRET_INITECH_INTEGRATOR \
      SECRET_ACME_BROKER SECRET_GLOBEX_BROKER SECRET_INITECH_BROKER
    header tandem; fill <"$REALMS/tandem-realm.json"
    for realm in acme-idp globex-idp initech-idp; do
      header "$realm"; fill <"$REALMS/$realm-realm.json"
    done
    ;;
  prod)
    need KC_URL APP_URL
    command -v jq >/dev/null || { echo "realm-imports.sh: prod needs jq" >&2; exit 2; }
    header tandem "$(printf '  placeholders:\n    SECRET_TANDEM_WEB:\n      secret:\n        name: tandem-secrets\n        key: SECRET_TANDEM_WEB')"
    # Without the demo partners: their identity providers, mappers and organisations, and the demo integrator clients.
    jq 'del(.identityProviders, .identityProviderMappers, .organizations)
        | .clients |= map(select(.clientId | endswith("-integrator") | not))' "$REALMS/tandem-realm.json" \
      | SECRET_TANDEM_WEB='${SECRET_TANDEM_WEB}' fill
    ;;
  *)
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
