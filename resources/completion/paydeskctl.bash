# bash completion for paydeskctl                                             -*- shell-script -*-

_paydeskctl()
{
    local cur prev words cword
    _init_completion || return

    local commands="approvals audit backup bulk-capture capture export import init keys list migrate profile
        reconcile refund restore review sign status users verify-response"
    local states="authorized partially_captured captured voided expired partially_refunded refunded failed"
    local roles="viewer operator approver admin"

    case $prev in
        --db | --from | --to)
            [[ $prev == --db ]] && _filedir db
            return
            ;;
        --state)
            COMPREPLY=($(compgen -W "$states" -- "$cur"))
            return
            ;;
        --environment)
            COMPREPLY=($(compgen -W "simulator sandbox production custom" -- "$cur"))
            return
            ;;
        --role)
            COMPREPLY=($(compgen -W "$roles" -- "$cur"))
            return
            ;;
        --sha-type)
            COMPREPLY=($(compgen -W "SHA-256 SHA-512 HMAC-256 HMAC-512" -- "$cur"))
            return
            ;;
        --language)
            COMPREPLY=($(compgen -W "en ar" -- "$cur"))
            return
            ;;
        --profile | --currency | --search | --reason | --evidence | --merchant-identifier | --endpoint | \
            --timeout-s | --capture-window-days | --warning-hours | --time-zone | --concurrency | --anchor | \
            --settle-quiet-minutes | --manual-review-minutes)
            return
            ;;
    esac

    # The command is the first word that is not a global option or its value.
    local i command="" sub=""
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --db | --profile) ((i++)) ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    command=${words[i]}
                elif [[ -z $sub ]]; then
                    sub=${words[i]}
                fi
                ;;
        esac
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--db --profile --help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local subcommands="" options=""
    case $command in
        approvals) subcommands="list approve reject threshold withdraw" options="--all --reason" ;;
        audit) subcommands="verify head move-key-to-keychain" options="--anchor" ;;
        keys) subcommands="export import" ;;
        profile) subcommands="show set"
            options="--endpoint --sha-type --language --timeout-s --capture-window-days --warning-hours
                --time-zone --settle-quiet-minutes --manual-review-minutes" ;;
        review) subcommands="list propose confirm reject" options="--evidence --reason" ;;
        users) subcommands="add list disable enable role confirm reset-admin" options="--role" ;;
        list | export) options="--state --currency --from --to --search --unresolved --capturable --expiring
                --lapsed --refundable --json" ;;
        import) options="--skip-bad-rows" ;;
        init) options="--merchant-identifier --environment" ;;
        capture) options="--repeat" ;;
        refund) options="--reason --repeat" ;;
        status) options="--all-open" ;;
        bulk-capture) options="--dry-run --concurrency" ;;
        migrate) options="--from --to" ;;
        sign | verify-response) options="--sha-type --show-string" ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [[ -n $subcommands && -z $sub ]]; then
        COMPREPLY=($(compgen -W "$subcommands" -- "$cur"))
    elif [[ $command == users && $sub == role && $prev != role ]]; then
        COMPREPLY=($(compgen -W "$roles" -- "$cur"))
    else
        case $command in
            import | export | backup | restore | bulk-capture | keys) _filedir ;;
        esac
    fi
} &&
    complete -F _paydeskctl paydeskctl

# ex: filetype=sh
