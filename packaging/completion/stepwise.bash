# bash completion for stepwise(1)                                    -*- shell-script -*-
#
# The binary answers for itself: `stepwise __complete -- WORD…` prints the candidates for the
# last WORD given the words before it — the commands, the options of the command typed, the
# project's revision ids and branch labels with head/heads/base (from --project's folder when
# typed, else the current one), Stepwise Studio's saved connections after --connection — from
# the same definitions as its parser and --help, so the lists cannot drift. A line ":dirs" or
# ":files" asks for bash's own folder or file completion instead.

_stepwise()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local program=${COMP_WORDS[0]}
    program=${program/#\~/$HOME}
    local line
    COMPREPLY=()
    while IFS= read -r line; do
        case $line in
        :dirs)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return 0
            ;;
        :files)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return 0
            ;;
        *)
            # Connection names may hold spaces: quoted as the shell reads them back.
            COMPREPLY+=("$(printf '%q' "$line")")
            ;;
        esac
    done < <("$program" __complete -- "${COMP_WORDS[@]:0:COMP_CWORD+1}" 2>/dev/null)
    return 0
}

complete -F _stepwise stepwise
