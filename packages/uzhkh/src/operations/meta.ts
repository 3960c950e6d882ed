/** Wire facts of one «Умное ЖКХ» operation. */
export interface UzhkhMeta {
  /**
   * HTTP method. The document only says «перейти по ссылке» / «обратиться по ссылке» ("follow the
   * link") for every endpoint, which is a GET; the SDK sends GET everywhere.
   */
  method: 'GET';
  /** Path relative to the customer's internal link (ВнутренняяСсылка), exactly as documented. */
  path: string;
  /** How the answer is read: a JSON body, or SetId's keyword answers. */
  answer: 'json' | 'none' | 'setId';
}
