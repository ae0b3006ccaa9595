// Shell completion scripts (bash, zsh, fish) generated from a plain description of the commands:
// subcommands, their options, and the values people type most (countries, terms, section ids).

export interface CompletionSpec {
  commands: {
    name: string;
    description: string;
    options: { flag: string; description: string; values?: string[] }[];
    /** Values for the command's first argument. */
    argValues?: string[];
  }[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** Single-quoted for sh-like shells: the only character to escape is the quote itself. */
const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
/** Values are data from the corpus: keep them to one line of printable text. */
const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  switch (shell) {
    case 'bash':
      return bash(spec);
    case 'zsh':
      return zsh(spec);
    case 'fish':
      return fish(spec);
  }
}

function bash(spec: CompletionSpec): string {
  // compgen -W expands its word list (quote removal, $): escape those characters in each value.
  const list = (values: string[]) => sq(values.map((v) => clean(v).replace(/(['"\\$`])/g, '\\$1')).join('\n'));
  const optionCases = new Map<string, string[]>();
  for (const c of spec.commands) for (const o of c.options) if (o.values) optionCases.set(`${c.name} ${o.flag}`, o.values);
  return `# odaref completion for bash. Install:
#   odaref completion bash > ~/.local/share/bash-completion/completions/odaref
# or add to ~/.bashrc:  source <(odaref completion bash)
_odaref() {
  local cur prev cmd IFS=$'\\n'
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd="\${COMP_WORDS[1]}"
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W ${list([...spec.commands.map((c) => c.name), '--help', '--version'])} -- "$cur"))
    return
  fi
  case "$cmd $prev" in
${[...optionCases.entries()].map(([key, values]) => `    ${sq(key)}) COMPREPLY=($(compgen -W ${list(values)} -- "$cur")); return ;;`).join('\n')}
  esac
  case "$cmd" in
${spec.commands
  .map((c) => {
    const opts = list([...c.options.map((o) => o.flag), '--help']);
    const args = c.argValues?.length ? list(c.argValues) : "''";
    return `    ${sq(c.name)})
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W ${opts} -- "$cur"))
      else COMPREPLY=($(compgen -W ${args} -- "$cur")); fi ;;`;
  })
  .join('\n')}
  esac
}
complete -F _odaref odaref
`;
}

function zsh(spec: CompletionSpec): string {
  const esc = (s: string) => clean(s).replace(/([\\:'\[\]])/g, '\\$1');
  const values = (vs: string[]) => `(${vs.map((v) => `"${clean(v).replace(/(["\\$`:])/g, '\\$1').replace(/ /g, '\\ ')}"`).join(' ')})`;
  return `#compdef odaref
# odaref completion for zsh. Install:
#   odaref completion zsh > "\${fpath[1]}/_odaref"   (then restart zsh)
# or add to ~/.zshrc:  source <(odaref completion zsh)
_odaref() {
  local -a commands
  commands=(
${spec.commands.map((c) => `    '${esc(c.name)}:${esc(c.description)}'`).join('\n')}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case "$words[2]" in
${spec.commands
  .map(
    (c) => `    ${c.name})
      _arguments \\
${c.options.map((o) => `        '${o.flag}[${esc(o.description)}]${o.values ? `:value:${values(o.values).replace(/'/g, `'\\''`)}` : ''}' \\`).join('\n')}
        '1:${c.name} argument:${c.argValues?.length ? values(c.argValues).replace(/'/g, `'\\''`) : ' '}' ;;`,
  )
  .join('\n')}
  esac
}
compdef _odaref odaref
`;
}

function fish(spec: CompletionSpec): string {
  const fq = (s: string) => `'${clean(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  // fish splits an -a list on whitespace, honouring backslash escapes: escape each value, then quote the list.
  const token = (v: string) => clean(v).replace(/([\\\s'"$()|;&<>*?~{}\[\]#])/g, '\\$1');
  const candidates = (vs: string[]) => fq(vs.map(token).join(' '));
  const lines = [
    '# odaref completion for fish. Install:',
    '#   odaref completion fish > ~/.config/fish/completions/odaref.fish',
    'complete -c odaref -f',
    ...spec.commands.map((c) => `complete -c odaref -n '__fish_use_subcommand' -a ${fq(c.name)} -d ${fq(c.description)}`),
  ];
  for (const c of spec.commands) {
    const when = `'__fish_seen_subcommand_from ${c.name}'`;
    for (const o of c.options) {
      const long = o.flag.replace(/^--/, '');
      lines.push(`complete -c odaref -n ${when} -l ${long} -d ${fq(o.description)}${o.values ? ` -x -a ${candidates(o.values)}` : ''}`);
    }
    if (c.argValues?.length) lines.push(`complete -c odaref -n ${when} -a ${candidates(c.argValues)}`);
  }
  return `${lines.join('\n')}\n`;
}
