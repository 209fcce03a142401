/**
 * What `init`'s terminal prompts say around the questions (./prompts.ts), in the languages the questions are written
 * in (core/question-texts/, shared with the VS Code wizard), keyed by the English text. What a person types stays the
 * same in every language: the choices' keys, y and n, "-".
 */
import { formatMessage } from '../core/questions';

/** What `init` says before its questions, the file's name in place of {0}. */
export const INTRO = 'A {0} in a few questions. Enter keeps the [default]; "-" leaves an optional answer out.';

export type PromptKey =
  | typeof INTRO
  | 'Also write {0}'
  | 'Answer y or n.'
  | 'An answer is needed.'
  | 'Answer one of: {0}.'
  | 'separate with commas, "-" for none'
  | '"{0}" is not one of: {1}.';

/** Each language's texts, by the engine's language code (the languages of core/question-texts/). */
export const PROMPT_TEXTS: Readonly<Record<string, Readonly<Record<PromptKey, string>>>> = {
  de: {
    'A {0} in a few questions. Enter keeps the [default]; "-" leaves an optional answer out.':
      'Eine {0} in wenigen Fragen. Enter übernimmt die [Vorgabe]; "-" lässt eine optionale Antwort weg.',
    'Also write {0}': 'Auch {0} schreiben',
    'Answer y or n.': 'Antworten Sie mit y oder n.',
    'An answer is needed.': 'Eine Antwort ist nötig.',
    'Answer one of: {0}.': 'Antworten Sie mit einem von: {0}.',
    'separate with commas, "-" for none': 'durch Kommas getrennt, "-" für keine',
    '"{0}" is not one of: {1}.': '„{0}“ ist keines von: {1}.',
  },
  es: {
    'A {0} in a few questions. Enter keeps the [default]; "-" leaves an optional answer out.':
      '{0} en unas pocas preguntas. Intro conserva el [valor predeterminado]; "-" omite una respuesta opcional.',
    'Also write {0}': '¿Escribir también {0}?',
    'Answer y or n.': 'Responda y o n.',
    'An answer is needed.': 'Hace falta una respuesta.',
    'Answer one of: {0}.': 'Responda con una de estas opciones: {0}.',
    'separate with commas, "-" for none': 'separadas por comas, "-" para ninguna',
    '"{0}" is not one of: {1}.': '"{0}" no es una de estas opciones: {1}.',
  },
  fr: {
    'A {0} in a few questions. Enter keeps the [default]; "-" leaves an optional answer out.':
      '{0} en quelques questions. Entrée garde la [valeur par défaut] ; "-" omet une réponse facultative.',
    'Also write {0}': 'Écrire aussi {0} ?',
    'Answer y or n.': 'Répondez y ou n.',
    'An answer is needed.': 'Une réponse est nécessaire.',
    'Answer one of: {0}.': "Répondez par l'une de ces valeurs : {0}.",
    'separate with commas, "-" for none': 'séparées par des virgules, "-" pour aucune',
    '"{0}" is not one of: {1}.': '"{0}" n\'est pas l\'une de ces valeurs : {1}.',
  },
  pt: {
    'A {0} in a few questions. Enter keeps the [default]; "-" leaves an optional answer out.':
      '{0} em poucas perguntas. Enter mantém o [padrão]; "-" deixa de fora uma resposta opcional.',
    'Also write {0}': 'Escrever também {0}?',
    'Answer y or n.': 'Responda y ou n.',
    'An answer is needed.': 'É preciso uma resposta.',
    'Answer one of: {0}.': 'Responda com uma destas opções: {0}.',
    'separate with commas, "-" for none': 'separadas por vírgulas, "-" para nenhuma',
    '"{0}" is not one of: {1}.': '"{0}" não é uma destas opções: {1}.',
  },
  it: {
    'A {0} in a few questions. Enter keeps the [default]; "-" leaves an optional answer out.':
      '{0} in poche domande. Invio mantiene il [predefinito]; "-" tralascia una risposta facoltativa.',
    'Also write {0}': 'Scrivere anche {0}?',
    'Answer y or n.': 'Rispondi y o n.',
    'An answer is needed.': 'Serve una risposta.',
    'Answer one of: {0}.': 'Rispondi con una di queste opzioni: {0}.',
    'separate with commas, "-" for none': 'separate da virgole, "-" per nessuna',
    '"{0}" is not one of: {1}.': '"{0}" non è una di queste opzioni: {1}.',
  },
  ru: {
    'A {0} in a few questions. Enter keeps the [default]; "-" leaves an optional answer out.':
      '{0} за несколько вопросов. Enter оставляет [значение по умолчанию]; "-" пропускает необязательный ответ.',
    'Also write {0}': 'Записать также {0}?',
    'Answer y or n.': 'Ответьте y или n.',
    'An answer is needed.': 'Нужен ответ.',
    'Answer one of: {0}.': 'Ответьте одним из вариантов: {0}.',
    'separate with commas, "-" for none': 'через запятую, "-" — ни одного',
    '"{0}" is not one of: {1}.': '"{0}" — не один из вариантов: {1}.',
  },
  zh: {
    'A {0} in a few questions. Enter keeps the [default]; "-" leaves an optional answer out.':
      '通过几个问题生成 {0}。按 Enter 保留 [默认值]；"-" 表示省略可选答案。',
    'Also write {0}': '同时写入 {0}',
    'Answer y or n.': '请回答 y 或 n。',
    'An answer is needed.': '需要回答。',
    'Answer one of: {0}.': '请回答以下之一：{0}。',
    'separate with commas, "-" for none': '用逗号分隔，"-" 表示不选',
    '"{0}" is not one of: {1}.': '"{0}" 不是以下之一：{1}。',
  },
  ja: {
    'A {0} in a few questions. Enter keeps the [default]; "-" leaves an optional answer out.':
      'いくつかの質問で {0} を作成します。Enter で [既定値] のまま、"-" で任意の回答を省きます。',
    'Also write {0}': '{0} も書き出しますか',
    'Answer y or n.': 'y または n で回答してください。',
    'An answer is needed.': '回答が必要です。',
    'Answer one of: {0}.': '次のいずれかで回答してください: {0}。',
    'separate with commas, "-" for none': 'カンマ区切り、なしは "-"',
    '"{0}" is not one of: {1}.': '"{0}" は次のいずれでもありません: {1}。',
  },
  ko: {
    'A {0} in a few questions. Enter keeps the [default]; "-" leaves an optional answer out.':
      '몇 가지 질문으로 {0}을(를) 만듭니다. Enter를 누르면 [기본값]을 유지하고, "-"를 입력하면 선택 항목의 답을 생략합니다.',
    'Also write {0}': '{0}도 작성하시겠습니까',
    'Answer y or n.': 'y 또는 n으로 답하십시오.',
    'An answer is needed.': '답을 입력하십시오.',
    'Answer one of: {0}.': '다음 중 하나로 답하십시오: {0}.',
    'separate with commas, "-" for none': '쉼표로 구분, 없으면 "-"',
    '"{0}" is not one of: {1}.': '"{0}"은(는) 다음 중 하나가 아닙니다: {1}.',
  },
};

/** What the prompts say, in `language` where it is written; English otherwise. */
export function promptText(
  [text, ...args]: readonly [PromptKey, ...Array<string | number>],
  language?: string,
): string {
  const texts = language !== undefined && Object.hasOwn(PROMPT_TEXTS, language) ? PROMPT_TEXTS[language] : undefined;
  return formatMessage([texts?.[text] ?? text, ...args]);
}
