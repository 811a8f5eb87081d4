// The kinds of installable trigger the add-on makes: the hourly run and the form-submit check.
export type TriggerKind = 'formSubmit' | 'hourly';
