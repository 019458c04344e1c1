#!/usr/bin/env bash
# Serves a web bundle with Debian's nginx and the shipped configuration (platform/nginx/),
# unchanged except for the port, the folder and the sub-path, in the foreground, as the
# current user, with its own temporary prefix: what the browser suite runs against a second
# time, and a way to try a deployment before copying it to a server.
#   scripts/serve_nginx.sh [--dir build/web] [--port 8081] [--prefix /explorer/]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/build/web"
port=8081
prefix=/explorer/
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=$(cd "$2" && pwd); shift 2 ;;
    --port) port=$2; shift 2 ;;
    --prefix) prefix=$2; shift 2 ;;
    *) echo "serve_nginx: unknown argument $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
[[ "$prefix" =~ ^/([A-Za-z0-9._-]+/)*$ ]] || { echo "serve_nginx: --prefix must look like /name/ (got $prefix)" >&2; exit 2; }
[ -f "$dir/index.html" ] || { echo "serve_nginx: $dir/index.html not found; build the web bundle first (scripts/build.sh web)" >&2; exit 1; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "serve_nginx: nginx is not installed (scripts/setup.sh installs it)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/logs"
ln -s /usr/lib/nginx/modules "$work/modules"  # modules-enabled/*.conf name them relative to the prefix
# The site file as shipped, with this run's port, folder and sub-path.
sub=${prefix%/}
sed -e "s|listen 8080;|listen 127.0.0.1:$port;|" -e "/listen \[::\]:8080;/d" \
  -e "s|location = /explorer {|location = ${sub:-/__none__} {|" -e "s|return 301 /explorer/;|return 301 $prefix;|" \
  -e "s|location /explorer/ {|location $prefix {|" -e "s|alias /srv/aimeng-explorer/;|alias $dir/;|" \
  "$root/platform/nginx/aimeng-explorer-site.conf" > "$work/site.conf"
grep -q "alias $dir/;" "$work/site.conf" || { echo "serve_nginx: the site file's alias line has changed; update this script" >&2; exit 1; }
user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user root;"  # workers must read the bundle where it is
cat > "$work/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
include /etc/nginx/modules-enabled/*.conf;
events { worker_connections 256; }
http {
    access_log off;
    sendfile on;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include /etc/nginx/mime.types;
    include $root/platform/nginx/aimeng-explorer-http.conf;
    include $work/site.conf;
}
CONF
nginx=$(command -v nginx || echo /usr/sbin/nginx)
"$nginx" -t -q -p "$work" -c "$work/nginx.conf" || { cat "$work/logs/error.log" >&2; exit 1; }
echo "Serving $dir at http://127.0.0.1:$port$prefix (nginx)" >&2
"$nginx" -p "$work" -c "$work/nginx.conf" -g "daemon off;" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT INT TERM
wait $pid
