#!/usr/bin/env bash
# Posts schemac's plan as a pull-request comment, for any CI system.
#
#   examples/ci/plan-comment.sh FROM TO [schemac plan options...]
#
# FROM is what production has now (a database URL, or the schema files of the
# target branch), TO the pull request's schema files. The plan is written as
# Markdown to ${PLAN_FILE:-schemac-plan.md}. When GITHUB_TOKEN, GITHUB_REPOSITORY
# and PR_NUMBER are set it is posted on the pull request (GitHub's REST API);
# otherwise it is printed. Exit code: 0 no changes or reviewable changes,
# 3 destructive changes without --allow-destructive (fail the check), 1 error.
set -uo pipefail
if [[ $# -lt 2 ]]; then
  echo "usage: $0 FROM TO [schemac plan options...]" >&2
  exit 1
fi
schemac=${SCHEMAC:-schemac}
plan_file=${PLAN_FILE:-schemac-plan.md}

NO_COLOR=1 "$schemac" plan "$@" --format markdown -o "$plan_file"
code=$?
case $code in
  0 | 2) result=0 ;;  # no changes / changes to review
  3) result=3 ;;      # destructive changes: the check fails until they are allowed
  *) exit "$code" ;;  # an error: nothing to post
esac

if [[ -n ${GITHUB_TOKEN:-} && -n ${GITHUB_REPOSITORY:-} && -n ${PR_NUMBER:-} ]]; then
  body=$(python3 -c 'import json, sys; print(json.dumps({"body": open(sys.argv[1]).read()}))' "$plan_file")
  if ! curl -fsS -X POST -H "Authorization: Bearer $GITHUB_TOKEN" -H "Accept: application/vnd.github+json" \
      "${GITHUB_API_URL:-https://api.github.com}/repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments" -d "$body" >/dev/null; then
    echo "error: posting the plan on pull request $PR_NUMBER failed" >&2
    exit 1
  fi
  echo "Plan posted on pull request $PR_NUMBER."
else
  cat "$plan_file"
fi
exit "$result"
